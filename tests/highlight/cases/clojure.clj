;; Site builder
(ns kiln.core
  (:require [clojure.string :as str]))

(defn build
  "Builds the pages."
  [pages & {:keys [verbose] :or {verbose false}}]
  (let [n (count pages)
        ratio 1.5
        hex 0xFF]
    (when verbose (println "building" n "pages" \a \newline))
    (->> pages
         (filter :published?)
         (map #(str/upper-case (:title %)))
         (into []))))

(def ^:private cache (atom {}))
(swap! cache assoc 'key -42)
