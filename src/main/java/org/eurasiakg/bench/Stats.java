package org.eurasiakg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median, min and max of repeated measurements. */
public record Stats(double median, double min, double max, int n) {

    public static Stats of(List<Double> values) {
        if (values.isEmpty())
            return new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        int k = v.size();
        double median = k % 2 == 1 ? v.get(k / 2) : (v.get(k / 2 - 1) + v.get(k / 2)) / 2;
        return new Stats(median, v.get(0), v.get(k - 1), k);
    }

    public static Stats one(double value) { return of(List.of(value)); }
}
