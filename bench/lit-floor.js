// The floor for any Lit accordion: the same four questions in the fewest bindings Lit allows (a
// heading, and per question a button with aria-expanded and a click listener, and a panel),
// with none of iom-faq's features. `npm run bench` bundles it with Lit and measures it beside
// iom-faq, so the targets can be read against what Lit itself costs.
import { LitElement, css, html } from 'lit';
import faq from '../content/en/faq.json';

class LitFloorAccordion extends LitElement {
  static properties = { openIds: { state: true } };

  static styles = css`
    :host {
      display: block;
    }
  `;

  constructor() {
    super();
    /** @type {Set<string>} */
    this.openIds = new Set();
  }

  render() {
    return html`<section>
      <h2>${faq.title}</h2>
      ${faq.questions.map(
        (q) =>
          html`<h3>
              <button
                aria-expanded=${this.openIds.has(q.id) ? 'true' : 'false'}
                @click=${() => (this.openIds = new Set([...this.openIds, q.id]))}
              >
                ${q.question}
              </button>
            </h3>
            <div ?hidden=${!this.openIds.has(q.id)}><p>${q.answer}</p></div>`,
      )}
    </section>`;
  }
}

customElements.define('lit-floor-accordion', LitFloorAccordion);
