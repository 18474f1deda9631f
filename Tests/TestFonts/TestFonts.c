// Pins the fonts of the test process: sets FONTCONFIG_FILE to Tests/Fonts/fonts.conf
// (found from this file's own path) when the test bundle is loaded, before any test
// runs and so before Fontconfig is first used. A FONTCONFIG_FILE already set wins.
#include <stdlib.h>
#include <string.h>
#include "TestFonts.h"

static char configuration[4096];

__attribute__((constructor))
static void pinTestFonts(void) {
    const char *source = __FILE__; // .../Tests/TestFonts/TestFonts.c
    const char *tail = strstr(source, "TestFonts/TestFonts.c");
    if (tail == NULL || (size_t)(tail - source) + sizeof "Fonts/fonts.conf" > sizeof configuration) return;
    memcpy(configuration, source, (size_t)(tail - source));
    strcpy(configuration + (tail - source), "Fonts/fonts.conf");
    setenv("FONTCONFIG_FILE", configuration, 0);
}

const char *unplugged_test_fonts_configuration(void) {
    return getenv("FONTCONFIG_FILE");
}
