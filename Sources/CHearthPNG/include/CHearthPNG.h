#pragma once
#include <stddef.h>
#include <stdint.h>

/// Encodes 8-bit RGB rows as a PNG with no row filters at the given zlib level (0-9) into a malloc'd buffer.
/// Returns 0 and sets *out (free with free()) and *length, or returns -1 with *out NULL. libpng reports errors by
/// longjmp, which must not cross Swift frames, so this lives in C.
int hearth_png_encode_rgb(const uint8_t *rgb, uint32_t width, uint32_t height, int level, uint8_t **out,
                          size_t *length);
