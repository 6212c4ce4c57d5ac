# cython: language_level=3
from libc.math cimport sqrt, pow
cimport numpy as cnp
import numpy as np

cdef extern from "point.h":
    ctypedef struct point_t:
        double x
        double y
    double distance(point_t a, point_t b) nogil

cdef struct Pair:
    int first
    int second

cdef class Vector:
    cdef public double x, y
    cdef readonly int dims

    def __init__(self, double x, double y):
        self.x = x
        self.y = y
        self.dims = 2

    cpdef double norm(self) except? -1:
        return sqrt(self.x * self.x + self.y * self.y)

cdef inline int clamp(int v, int lo, int hi) nogil:
    return lo if v < lo else (hi if v > hi else v)

def total(cnp.ndarray[cnp.float64_t, ndim=1] arr):
    cdef Py_ssize_t i
    cdef double s = 0.0
    cdef unsigned long n = arr.shape[0]
    with nogil:
        for i in range(n):
            s += arr[i]
    print(f"sum={s:.2f} {len(arr)!r}")
    return s
