#!/usr/bin/perl
use strict;
use warnings;

=pod
Build helper.
=cut

my %config = (name => 'kiln', port => 4000, 'debug' => 0);
my @files = glob("*.md");
my $count = scalar(@files) + 0x1F + 1_000 + 3.5e2;

sub build {
    my ($dir, $verbose) = @_;
    foreach my $file (@files) {
        next unless $file =~ m/\.md$/i;
        (my $out = $file) =~ s/\.md$/.html/;
        $out =~ tr/a-z/A-Z/;
        print "Building $file -> $out in ${dir}\n" if $verbose;
    }
    my @words = qw(alpha beta gamma);
    my $text = q{braces {nested} ok};
    return $count eq '0' ? undef : $count;
}

print STDERR <<"EOT";
Done: $config{name}
EOT
build('_site', 1);
__END__
trailing data
