// Outcomes over time: a region's plans in order, timelines per indicator, "was it met?" and plan over plan.
export * from './periods';
export * from './units';
export * from './timeline';
export * from './met';
export * from './plan-over-plan';
