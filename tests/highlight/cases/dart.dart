import 'package:flutter/material.dart' show StatelessWidget;
part of kiln;

/// A page card.
@immutable
class PageCard extends StatelessWidget implements Comparable<PageCard> {
  final String title;
  static const int maxLines = 3;
  late double ratio = 1.5e-3;

  const PageCard({required this.title, Key? key}) : super(key: key);

  @override
  Widget build(BuildContext context) {
    final label = 'Title: $title (${title.length} chars)\n';
    var raw = r'C:\path\$notinterp';
    if (title.isEmpty || maxLines > 0x1F) return const SizedBox();
    return Text(label, maxLines: maxLines);
  }

  int compareTo(PageCard other) => title.compareTo(other.title);
}
Symbol s = #foo;
