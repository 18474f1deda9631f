// giflib, for the LZW coding of the animated GIFs of sequences (see UnpluggedGIF):
// a well-kept library that every GIF reader agrees with.
#include <gif_lib.h>
