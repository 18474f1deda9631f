// The C surface Unplugged draws with: Cairo (SVG, PDF and image surfaces, PNG
// writing) and Pango on Cairo for text layout. pkg-config `pangocairo` pulls in
// `cairo`, `pango`, `glib` and `gobject`, so one system library target covers both.
#include <cairo/cairo.h>
#include <cairo/cairo-svg.h>
#include <cairo/cairo-pdf.h>
#include <pango/pangocairo.h>
