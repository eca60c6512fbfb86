// The work around Eleventy's rendering, in a fixed order. Eleventy runs event handlers in parallel, so the
// site plugin registers one handler per event and runs the steps one after another.
export interface BuildEvent {
  directories: { output: string };
}

export interface Step {
  before?(event: BuildEvent): void | Promise<void>;
  after?(event: BuildEvent): void | Promise<void>;
}
