#include "etag.h"

#include <QRandomGenerator>

namespace hookboard {

QString newEtag()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
}

} // namespace hookboard
