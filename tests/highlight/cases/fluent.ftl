# Simple things are simple.
hello-user = Hello, {$userName}!

## Section: shared terms
-brand-name = Firefox
    .gender = masculine

### File-level comment
shared-photos =
    {$userName} {$photoCount ->
        [one] added a new photo
       *[other] added {$photoCount} new photos
    } to {$userGender ->
        [male] his stream
        [female] her stream
       *[other] their stream
    }.

emails = You have { NUMBER($unreadEmails, minimumFractionDigits: 2) } unread emails.
about = About { -brand-name }
    .title = { -brand-name.gender ->
        [masculine] Le {-brand-name}
       *[other] La {-brand-name}
    }
quoted = { "Text with \"escapes\" and \u00E9 \U01F600" }
literal-num = { 3.14 } and { -42 }
selector = { $n ->
    [0] none
    [1.5] one and a half
   *[other] { $n }
  }
login-input = Predefined value
    .placeholder = email@example.com
    .aria-label = Login input value
