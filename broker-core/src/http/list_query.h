#pragma once

#include "http/http_status.h"

#include <QJsonValue>
#include <QUrlQuery>

namespace warren::http {

// What the management API answers to a GET once RabbitMQ 3.10's query parameters are applied:
// the body as it was, or sorted, paged and cut down to some fields; or a 400 with RabbitMQ's
// {"error","reason"}.
struct ListQueryAnswer {
    HttpStatus status = HttpStatus::Ok;
    QJsonValue body;
};

// RabbitMQ's list parameters applied to a GET's answer `body`:
// - sort (a field, dotted for nested ones: "message_stats.publish") and sort_reverse=true on
//   lists; items without the field sort first, ties keep their order;
// - page (from 1) with page_size (1..500, default 100), name (a case-insensitive substring, or
//   with use_regex=true a case-insensitive regular expression, matched against "name") on lists
//   that RabbitMQ pages (`pageable`): the answer becomes {filtered_count, item_count, items, page,
//   page_count, page_size, total_count};
// - columns=a,b.c on lists and single objects: only those fields (and of b only c).
// Pure; any thread.
ListQueryAnswer applyListQuery(const QJsonValue& body, const QUrlQuery& query, bool pageable);

} // namespace warren::http
