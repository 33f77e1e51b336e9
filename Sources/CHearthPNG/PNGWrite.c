#include <png.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "CHearthPNG.h"

typedef struct {
    uint8_t *bytes;
    size_t length;
    size_t capacity;
    int failed;
} Buffer;

static void write_bytes(png_structp png, png_bytep data, png_size_t n) {
    Buffer *b = (Buffer *)png_get_io_ptr(png);
    if (b->failed) return;
    if (b->length + n > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 65536;
        while (capacity < b->length + n) capacity *= 2;
        uint8_t *grown = realloc(b->bytes, capacity);
        if (!grown) { b->failed = 1; return; }
        b->bytes = grown;
        b->capacity = capacity;
    }
    memcpy(b->bytes + b->length, data, n);
    b->length += n;
}

static void flush_bytes(png_structp png) { (void)png; }

int hearth_png_encode_rgb(const uint8_t *rgb, uint32_t width, uint32_t height, int level, uint8_t **out,
                          size_t *length) {
    *out = NULL;
    *length = 0;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    if (!png) return -1;
    png_infop info = png_create_info_struct(png);
    Buffer buffer = {0};
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, info ? &info : NULL);
        free(buffer.bytes);
        return -1;
    }
    png_set_write_fn(png, &buffer, write_bytes, flush_bytes);
    png_set_compression_level(png, level);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_IHDR(png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE,
                 PNG_FILTER_TYPE_BASE);
    png_write_info(png, info);
    for (uint32_t y = 0; y < height; y++) png_write_row(png, (png_const_bytep)(rgb + (size_t)y * width * 3));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    if (buffer.failed) {
        free(buffer.bytes);
        return -1;
    }
    *out = buffer.bytes;
    *length = buffer.length;
    return 0;
}
