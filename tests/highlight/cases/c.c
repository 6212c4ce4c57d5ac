/* Tiny image resizer */
#include <stdio.h>
#include "resize.h" // local
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#if 0
disabled code
#endif

typedef struct { int w, h; uint8_t *data; } image_t;

static const char *names[] = { "small", "large", NULL };

int resize(image_t *img, size_t width, double ratio)
{
    if (img == NULL || width == 0) {
        return -1;
    }
    for (size_t i = 0; i < width; i++) {
        img->data[i] = (uint8_t)(i * 0x1Fu + 017 + 1.5e3f);
    }
    char c = '\n';
    printf("%s: %zu\\n\n", names[0], width);
    switch (img->w) {
    case 1: break;
    default: goto done;
    }
done:
    return MAX(img->w, img->h);
}
