#include "privatefile.h"

#include <QFileDevice>
#include <sys/stat.h>

namespace hookboard {

bool restrictToOwner(QFileDevice &file)
{
    // On the descriptor, not the name: a QSaveFile writes to a temporary whose name it keeps.
    return file.handle() >= 0 && ::fchmod(file.handle(), S_IRUSR | S_IWUSR) == 0;
}

} // namespace hookboard
