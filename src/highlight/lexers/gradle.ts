// gradle: the Groovy lexer with Gradle's DSL words as keywords and its API classes as types.

import { LexerRun, type Lexer } from '../engine.js';
import { GROOVY_WORDS, groovyStates } from './groovy.js';

const add = (base: ReadonlySet<string>, more: string): Set<string> => new Set([...base, ...more.trim().split(/\s+/)]);

const states = groovyStates({
  keywords: add(GROOVY_WORDS.keywords, `allprojects artifacts buildscript configuration dependencies repositories
    sourceSets subprojects publishing`),
  declarations: GROOVY_WORDS.declarations,
  types: add(GROOVY_WORDS.types, `Project Task Gradle Settings Script JavaToolChain SourceSet SourceSetOutput
    IncrementalTaskInputs Configuration ResolutionStrategy ArtifactResolutionQuery ComponentSelection
    ComponentSelectionRules ConventionProperty ExtensionAware ExtraPropertiesExtension PublishingExtension
    IvyPublication IvyArtifact IvyArtifactSet IvyModuleDescriptorSpec MavenPublication MavenArtifact
    MavenArtifactSet MavenPom PluginDependenciesSpec PluginDependencySpec ResourceHandler TextResourceFactory`),
});

export function create(): Lexer {
  return new LexerRun('gradle', states);
}
