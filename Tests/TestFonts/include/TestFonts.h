// The fontconfig file the test process uses: Tests/Fonts/fonts.conf, set when the test
// bundle loads (see TestFonts.c), or the FONTCONFIG_FILE given from outside.
const char *unplugged_test_fonts_configuration(void);
