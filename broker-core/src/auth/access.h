#pragma once

namespace warren::auth {

// The three kinds of access RabbitMQ grants on a resource; topic permissions use the last two.
enum class Access { Configure, Write, Read };

} // namespace warren::auth
