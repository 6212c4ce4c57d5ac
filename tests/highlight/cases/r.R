#' Summarise page counts
#' @param df a data frame
summarise_pages <- function(df, min = 1L) {
  # keep only recent pages
  recent <- df[df$year >= 2020 & !is.na(df$views), ]
  counts <- table(recent$lang)
  if (length(counts) == 0) return(NULL)
  x <- c(1.5e3, .5, 0x1F, 3i, Inf, NA_integer_)
  y <- x %in% c(1, 2) || TRUE
  `odd name` <- 'single \'quoted\''
  print(paste("Total:", sum(counts), month.name[1], pi))
  invisible(counts)
}
