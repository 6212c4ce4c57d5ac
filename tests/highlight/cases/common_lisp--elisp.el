;;; init.el --- Emacs config -*- lexical-binding: t -*-
(require 'package)
(setq inhibit-startup-screen t
      fill-column 80)
(defun my/insert-date (&optional arg)
  "Insert today's date."
  (interactive "P")
  (insert (format-time-string (if arg "%Y-%m-%d" "%d.%m.%Y"))))
(global-set-key (kbd "C-c d") #'my/insert-date)
(add-hook 'prog-mode-hook (lambda () (display-line-numbers-mode 1)))
(with-eval-after-load 'org
  (setq org-todo-keywords '((sequence "TODO" "DOING" "|" "DONE"))))
(dolist (m '(a b c)) (message "%s" m))
(provide 'init)
