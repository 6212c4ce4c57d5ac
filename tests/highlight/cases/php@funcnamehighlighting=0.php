<?php
$s = trim(strlen("x"));
