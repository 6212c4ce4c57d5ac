require ["fileinto", "reject", "variables", "imap4flags"];
# Sort mailing lists
if header :contains "List-Id" "kiln-dev" {
    fileinto "Lists/kiln";
    stop;
} elsif allof (address :is "from" "boss@example.com", not size :over 100K) {
    addflag "\\Flagged";
    keep;
} elsif header :matches "Subject" "*[SPAM]*" {
    set "tag" "${1}";
    discard;
}
/* reject large mail
   politely */
if size :over 10M { reject "Message too big: ${size}"; }
"unterminated
