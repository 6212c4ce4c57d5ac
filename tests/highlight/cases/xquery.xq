xquery version "3.1";
(: Build an HTML list of books :)
declare namespace html = "http://www.w3.org/1999/xhtml";
declare option output:method "html";

declare %private function local:price($b as element(book)) as xs:decimal {
  xs:decimal($b/price) * 1.2
};

let $books := doc("books.xml")//book
return
  <html:ul class="books" data-count="{count($books)}">
    {
      for $b in $books
      where $b/@year > 2000
      order by $b/title ascending
      return <li id='b-{data($b/@id)}'>{ $b/title/text() } &amp; {local:price($b)}</li>
    }
    <!-- a comment -->
    <?pi target?>
    <![CDATA[ <raw> ]]>
    {{literal braces}}
  </html:ul>,
(# saxon:stream #) { doc("big.xml")//item },
``[Hello `{ $name }` world]``,
try { error() } catch * { "failed" }
