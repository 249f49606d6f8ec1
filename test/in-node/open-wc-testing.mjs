// What the engine tests use of @open-wc/testing, without its DOM helpers.
export { expect } from 'chai';
