<?php

require_once __DIR__ . '/../vendor/autoload.php';
require_once __DIR__ . '/config.php';

require __DIR__ . '/php_compat_71.php';
