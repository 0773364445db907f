/**
 * One value per key, made on first use and kept for the life of the process:
 * for objects that cost far more to build than to use (Intl formatters,
 * translators, lines parsed again and again). At most `max` keys: a full map is
 * emptied and filled again, so a long-lived process never keeps every key it
 * ever saw (a currency code or a fiche line comes from the data), and the keys
 * in use come back at once. The one definition of this pattern in the code base.
 */
export function processMemo<K, V>(make: (key: K) => V, max: number): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      value = make(key);
      if (values.size >= max) values.clear();
      values.set(key, value);
    }
    return value;
  };
}
