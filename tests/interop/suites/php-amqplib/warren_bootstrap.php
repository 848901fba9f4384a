<?php
// Instead of upstream's tests/bootstrap.php, which loads Composer's vendor/autoload.php: the
// tests run against Debian's php-amqplib (its autoloader under /usr/share/php), and their own
// classes (namespace PhpAmqpLib\Tests, PSR-4 under tests/) load from here.

require_once 'PhpAmqpLib/autoload.php';

spl_autoload_register(function ($class) {
    $prefix = 'PhpAmqpLib\\Tests\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }
    $file = __DIR__ . '/tests/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});

require_once __DIR__ . '/tests/config.php';
require __DIR__ . '/tests/php_compat_71.php';
