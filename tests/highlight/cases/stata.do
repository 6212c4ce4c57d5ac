*! version 1.0 analysis.do
* Load and clean the data
clear all
set more off
sysuse auto, clear
#delimit ;
// summary statistics
summarize price mpg weight if foreign == 1
/* multi-line
   comment */
generate double lnprice = ln(price)
gen str20 label = "Car: " + make
local controls "weight length"
global outdir "C:/results"
foreach v of varlist price mpg {
    quietly regress `v' `controls' i.foreign L2.x, robust
    display "`v': " _b[weight] " and " `"compound "quoted" string"'
}
forvalues i = 1/10 {
    replace mpg = mpg * 1.5e0 if rep78 == `i'
}
tab rep78, missing
save "$outdir/clean.dta", replace
