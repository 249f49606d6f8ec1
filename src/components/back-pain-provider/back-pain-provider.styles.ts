import { css } from 'lit';

// The provider only passes settings down; it adds no box of its own.
export const styles = css`
  :host {
    display: contents;
  }
`;
