" Vim settings for editing the site
set nocompatible
set expandtab shiftwidth=2 tabstop=2
let g:markdown_fenced_languages = ['ruby', 'yaml', 'liquid']
syntax on
highlight Comment ctermfg=gray gui=italic

function! s:Build() abort
  if filereadable('_config.yml')
    execute '!npx kiln build'
  endif
endfunction

autocmd BufWritePost *.md call s:Build()
nnoremap <leader>b :call <SID>Build()<CR>
