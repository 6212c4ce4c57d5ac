// Image optimisation (`kiln.images`): the public surface used by the site build and `kiln images`.
export { imageConfigFromSite, resolveImageConfig, DEFAULT_QUALITY, type CompiledImageConfig, type ImageConfig } from './config.js';
export {
  createImagePipeline,
  type ImagePipeline,
  type ImagePipelineOptions,
  type ImageReport,
  type ImageRunResult,
  type ImageRunStats,
  type ProcessOptions,
} from './pipeline.js';
export { rewriteImages, type ProcessedImage } from './rewrite.js';
export { formatBytes } from './progress.js';
export { createImageStage, type ImageStage, type ImageStageOptions } from './stage.js';
