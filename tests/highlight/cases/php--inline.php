$x = strlen("inline");
echo $x;
