/** The dataset shipped inside the extension: the generated series JSON plus the hand-curated JSON. */
import curated from "../../assets/data/curated.json";
import seriesJson from "../../assets/data/series.json";
import type { CuratedFigure, Dataset, Source, TopicBackground } from "./types.ts";
import type { SeriesFile } from "./series-file.ts";

/** Hand-written part of the dataset (assets/data/curated.json). */
export interface CuratedFile {
  sources: Source[];
  figures: CuratedFigure[];
  topics: TopicBackground[];
}

/** Joins the generated series file and the curated file into one Dataset. */
export function joinDataset(series: SeriesFile, curatedFile: CuratedFile): Dataset {
  return {
    schemaVersion: 1,
    series: series.series,
    sources: [series.source, ...curatedFile.sources],
    figures: curatedFile.figures,
    topics: curatedFile.topics,
  };
}

/** The dataset committed in assets/data/ (validated by tests/unit/data/schema.test.ts, not at runtime). */
export function bundledDataset(): Dataset {
  return joinDataset(seriesJson as SeriesFile, curated as CuratedFile);
}
