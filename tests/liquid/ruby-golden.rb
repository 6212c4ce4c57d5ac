# Ruby-side goldens for kiln's Ruby value semantics (run by regen.sh with TZ=America/New_York):
# strftime over many times and directives, Time.parse of many strings, Jekyll's slugify in every
# mode, Float#to_s. Writes JSON to expected/ruby.json.
require "json"
require "time"
require "jekyll"

times = [
  ["2024-03-05 08:07:09 -0500", Time.new(2024, 3, 5, 8, 7, 9, "-05:00")],
  ["2021-01-01 00:00:00 +0000", Time.new(2021, 1, 1, 0, 0, 0, "+00:00")],
  ["2020-12-31 23:59:59 +0530", Time.new(2020, 12, 31, 23, 59, 59, "+05:30")],
  ["2019-12-30 12:00:00 -0800", Time.new(2019, 12, 30, 12, 0, 0, "-08:00")],
  ["2016-02-29 13:05:00 +0100", Time.new(2016, 2, 29, 13, 5, 0, "+01:00")],
  ["2010-01-03 09:09:09 +0000", Time.new(2010, 1, 3, 9, 9, 9, "+00:00")],
  ["2027-01-01 06:30:00 +1345", Time.new(2027, 1, 1, 6, 30, 0, "+13:45")],
  ["utc 2024-07-14 18:45:30", Time.utc(2024, 7, 14, 18, 45, 30)],
  ["local 2024-07-14 18:45:30", Time.local(2024, 7, 14, 18, 45, 30)],
  ["local 2024-01-14 05:04:03", Time.local(2024, 1, 14, 5, 4, 3)],
]
formats = %w(
  %Y %C %y %m %B %b %h %d %e %j %H %k %I %l %P %p %M %S %L %N %3N %6N %z %:z %::z %Z %A %a %u %w %G %g %V %U %W %s
  %c %D %F %v %x %X %r %R %T %% %-d %-m %_m %02e %-H %^a %^B %#B %#p %10A %-10A %_5d %05d %-z %+ %Q %E %O %i
)
strftime = times.map do |label, t|
  { "label" => label, "epoch" => t.to_i, "offset" => t.utc_offset, "utc" => t.utc?,
    "to_s" => t.to_s, "xmlschema" => t.xmlschema, "out" => formats.map { |f| [f, t.strftime(f)] }.to_h }
end

parse_inputs = [
  "2024-03-05", "2024-03-05 08:07:09", "2024-03-05 08:07:09 -0500", "2024-03-05T08:07:09Z",
  "2024-03-05T08:07:09+02:00", "2024-03-05T08:07:09.123+02:00", "2024/03/05", "2024/3/5 10:30",
  "March 5, 2024", "5 March 2024", "Mar 5 2024 10:00", "Tue, 05 Mar 2024 08:07:09 +0000",
  "Tue, 05 Mar 2024 08:07:09 GMT", "2024-03-05 08:07 PM", "2024-03-05 12:00 am", "20240305",
  "2024-03-05 08:07:09 UTC", "2024-07-01 10:00:00 EST", "10 Jan 2021", "Jan 2021", "2021-1-2",
  # day-first and two-digit-year dashed/dotted dates (Date._parse's s3e), e.g. scala-lang.org's `date: 11-9-2017`
  "11-9-2017", "9-11-17", "1-2-3", "24-12-2019", "31-12-99", "5-3-2024 10:30", "11.9.2017", "2017.09.11", "11.9.17",
  # zone names outside Time::ZoneOffset are ignored (rubyonrails.org's `date: Fri Sep  3 11:21:31 CEST 2021`)
  "Fri Sep  3 11:21:31 CEST 2021", "2021-09-03 11:21:31 CET", "2021-09-03 11:21:31 JST", "2021-09-03 11:21:31 BST",
  "2021-09-03 11:21:31 UT", "2021-09-03 11:21:31 GMT", "2021-09-03 11:21:31 -0000", "2021-09-03 11:21:31 PDT",
  # days past the month's end roll over up to 31 (Time.local); a bare hour with am/pm is a time
  "2020-02-30", "2021-04-31 10:00", "2020-02-32", "2020/02/30", "Mar 3 2021 5pm", "Jan 31 2020 7 p.m.",
  "2021-03-03 5 pm", "3 Mar 2021 12am", "2021-03-03 12pm",
]
parse = parse_inputs.map do |s|
  t = begin
    Time.parse(s)
  rescue ArgumentError
    nil
  end
  [s, t && { "to_s" => t.to_s, "epoch" => t.to_i }]
end.to_h

slug_inputs = [
  "  Héllo, Wörld! The_Bar's  café — 2024 ÷ Ærø.txt  ", "ŁŒßðþĳ ñ ÿ Ŋ ŉ ſ ı", "日本語 テキスト",
  "a--b", "---", "C++ & C#: the *best*?", "Ünïcödé Straße", "x.y_z~a!b$c&d'e(f)g+h,i;j=k@l", "tab\there  two",
  (0xC0..0x17F).map { |c| [c].pack("U") }.join(" "),
]
modes = [nil, "raw", "default", "pretty", "ascii", "latin", "none"]
slugify = slug_inputs.map do |s|
  [s, modes.map { |m| [m.to_s, Jekyll::Utils.slugify(s, :mode => m)] }.to_h]
end.to_h

floats = [1.0, 2.5, 0.1 + 0.2, 1e16, 1.5e-5, 100.0, 1234567.0, -0.0, 1e20, 123456789012345.6, 0.0001, 0.00001]
float_to_s = floats.map { |f| [f.to_s, f.to_s] }

File.write(ARGV[0], JSON.pretty_generate({
  "strftime" => strftime, "parse" => parse, "slugify" => slugify,
  "floats" => floats.map { |f| { "value" => f, "to_s" => f.to_s } },
}))
