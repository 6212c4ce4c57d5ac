// Linear regression in Stan
functions {
  real my_square(real x) {
    return x^2;
  }
  vector center(vector v) { return v - mean(v); }
}
data {
  int<lower=0> N;
  vector[N] x;
  vector[N] y;
  array[N] int<lower=0, upper=1> flag;
}
transformed data {
  vector[N] xc = center(x);
}
parameters {
  real alpha;
  real beta;
  real<lower=0> sigma;
}
model {
  /* priors */
  alpha ~ normal(0, 10);
  beta ~ normal(0, 2.5e0);
  sigma ~ exponential(1);
  y ~ normal(alpha + beta * xc, sigma);
  target += -0.5 * dot_self(xc) .* 1.5;
}
generated quantities {
  complex z = 3 + 2i;
  real s = my_square(sigma) > 1 ? 1 : 0;
}
