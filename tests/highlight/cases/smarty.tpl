{* Smarty template *}
<html>
<head><title>{$title|escape}</title></head>
<body>
{include file="header.tpl" title="Home"}
{if $user.logged_in && $user.age >= 18}
  <p>Welcome {$user.name|capitalize}!</p>
{elseif $guest}
  <p>Hi guest</p>
{else}
  <p>Please log in</p>
{/if}
<ul>
{foreach from=$items item=item key=k name=loop}
  <li class="{cycle values='odd,even'}">{$k}: {$item.label|truncate:30:"..."} #{$smarty.foreach.loop.iteration}</li>
{foreachelse}
  <li>none</li>
{/foreach}
</ul>
{assign var="n" value=3.5}
{math equation="x + y" x=1 y=0x1F}
{literal}<script>function f() { return {a: 1}; }</script>{/literal}
{ not a tag } {#configVar#} {$obj->method(true, null)}
</body>
</html>
