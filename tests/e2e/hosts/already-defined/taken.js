// Another library took the tag name first.
customElements.define('naitei-check', class extends HTMLElement {
  connectedCallback() { this.dataset.other = 'yes'; }
});
