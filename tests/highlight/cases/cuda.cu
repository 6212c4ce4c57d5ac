#include <cstdio>
#include "helpers.cuh"

// Add two vectors on the GPU.
__global__ void vecAdd(const float* __restrict__ a, const float* b, float* c, int n) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    __shared__ float tile[256];
    if (i < n) {
        c[i] = a[i] + b[i];
    }
}

template <typename T>
__device__ __forceinline__ T clamp(T v, T lo, T hi) { return v < lo ? lo : (v > hi ? hi : v); }

int main() {
    constexpr int N = 1'000'000;
    float4 v = make_float4(1.0f, 2.0f, 3.0f, 4.0f);
    dim3 grid((N + 255) / 256), block(256);
    float *d_a = nullptr;
    cudaMalloc(&d_a, N * sizeof(float));
    vecAdd<<<grid, block>>>(d_a, d_a, d_a, N);
    cudaError_t err = cudaGetLastError();
    if (err != cudaSuccess) { printf("error: %s\n", cudaGetErrorString(err)); return 1; }
    /* done */
    return 0x0;
}
