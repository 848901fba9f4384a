#include "process_sample.h"

#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace warren::bench {

std::optional<ProcessSample> ProcessSample::read(pid_t pid) {
    ProcessSample sample;
    const std::string dir = "/proc/" + std::to_string(pid);
    std::ifstream status(dir + "/status");
    if (!status)
        return std::nullopt;
    std::string line;
    while (std::getline(status, line)) {
        std::istringstream fields(line);
        std::string key;
        std::uint64_t value = 0;
        fields >> key >> value;
        if (key == "VmRSS:")
            sample.rssKb = value;
        else if (key == "VmHWM:")
            sample.peakKb = value;
    }
    std::ifstream stat(dir + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    // The command name (field 2) may contain spaces; fields are counted after its ')'.
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
    std::istringstream rest(text.substr(close + 2));
    std::string field;
    std::uint64_t utime = 0;
    std::uint64_t stime = 0;
    for (int index = 3; rest >> field; ++index) {
        if (index == 14)
            utime = std::stoull(field);
        if (index == 15) {
            stime = std::stoull(field);
            break;
        }
    }
    sample.cpuSeconds = double(utime + stime) / double(::sysconf(_SC_CLK_TCK));
    return sample;
}

} // namespace warren::bench
