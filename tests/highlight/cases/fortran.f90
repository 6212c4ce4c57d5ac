! Compute a weighted mean
#define DEBUG 1
program weighted_mean
  use iso_fortran_env, only: real64
  implicit none
  integer, parameter :: n = 5
  real(kind=real64) :: x(n), w(n), total
  double precision :: ratio = 1.5d0
  integer :: i
  character(len=*), parameter :: fmt = '(A, F8.3)'

  x = [1.0_real64, 2.5_real64, 3.0e2_real64, .5_real64, 4.0_real64]
  w = 1.0
  do i = 1, n
    if (x(i) > 2.0 .and. .not. (w(i) == 0)) then
      total = total + x(i) * w(i) ** 2
    end if
  end do
  write (*, fmt) "Mean: ", total / sum(w)
100 format (I5, 2X, 'done', "it""s")
  go to 100
end program weighted_mean
