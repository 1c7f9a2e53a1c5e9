#include "widgets/usage/TreemapLayout.h"

#include <algorithm>
#include <numeric>

namespace vmscope {
namespace {
    // The worst aspect ratio in a row of areas of total `sum` laid along a side of length `side`.
    double worstRatio(double largest, double smallest, double sum, double side)
    {
        const double sideSquared = side * side;
        const double sumSquared = sum * sum;
        return std::max(sideSquared * largest / sumSquared, sumSquared / (sideSquared * smallest));
    }
} // namespace

std::vector<QRectF> squarifiedLayout(const std::vector<double>& values, const QRectF& bounds)
{
    std::vector<QRectF> rects(values.size());
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] > 0)
            order.push_back(i);
    const double total
        = std::accumulate(order.begin(), order.end(), 0.0, [&](double sum, std::size_t i) { return sum + values[i]; });
    if (order.empty() || bounds.width() <= 0 || bounds.height() <= 0 || total <= 0)
        return rects;
    // Largest first: the algorithm's rows stay square only when values come in decreasing order.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
    const double scale = bounds.width() * bounds.height() / total;

    QRectF free = bounds;
    double remaining = total * scale;
    std::size_t rowBegin = 0;
    while (rowBegin < order.size()) {
        // Lay the row along the shorter side of what is left; add items while that improves the
        // worst aspect ratio in the row.
        const bool horizontal = free.width() >= free.height(); // the row is a column at the left
        const double side = horizontal ? free.height() : free.width();
        std::size_t rowEnd = rowBegin + 1;
        double rowSum = values[order[rowBegin]] * scale;
        double worst = worstRatio(rowSum, rowSum, rowSum, side);
        while (rowEnd < order.size()) {
            const double next = values[order[rowEnd]] * scale;
            const double candidate = worstRatio(values[order[rowBegin]] * scale, next, rowSum + next, side);
            if (candidate > worst)
                break;
            worst = candidate;
            rowSum += next;
            ++rowEnd;
        }
        const bool lastRow = rowEnd == order.size();
        // The last row takes whatever is left, so rounding never leaves a sliver uncovered.
        const double thickness = lastRow
            ? (horizontal ? free.width() : free.height())
            : (remaining > 0 ? rowSum / remaining : 1.0) * (horizontal ? free.width() : free.height());
        double offset = 0;
        for (std::size_t k = rowBegin; k < rowEnd; ++k) {
            const double share = values[order[k]] * scale / rowSum;
            const bool lastInRow = k + 1 == rowEnd;
            const double length = lastInRow ? side - offset : share * side;
            QRectF& r = rects[order[k]];
            if (horizontal)
                r = QRectF(free.left(), free.top() + offset, thickness, length);
            else
                r = QRectF(free.left() + offset, free.top(), length, thickness);
            offset += length;
        }
        if (horizontal)
            free.setLeft(free.left() + thickness);
        else
            free.setTop(free.top() + thickness);
        remaining -= rowSum;
        rowBegin = rowEnd;
    }
    return rects;
}

} // namespace vmscope
