#include "Clock.h"

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}
