#pragma once

namespace warren {

// std::visit with one lambda per alternative: std::visit(Overloaded{[](const A&) {...}, ...}, v).
template <class... Cases> struct Overloaded : Cases... { using Cases::operator()...; };
template <class... Cases> Overloaded(Cases...) -> Overloaded<Cases...>; // clang 14 needs the guide

} // namespace warren
