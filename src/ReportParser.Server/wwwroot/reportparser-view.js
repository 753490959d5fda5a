/*
 * <reportparser-view>: draws a ReportParser check result (the JSON contract returned by POST /api/check) as the
 * report's tables with the cells of each finding highlighted, and the findings beside them. The HTML comes from the
 * service (POST /api/render), so the view is the same as the CLI's HTML report.
 *
 *   <script src="https://checker.example.gov.cn/reportparser-view.js"></script>
 *   <reportparser-view lang="zh"></reportparser-view>
 *   <script> document.querySelector('reportparser-view').result = jsonFromApiCheck; </script>
 *
 * Attributes: lang="zh|en" (messages), service="https://…/" (defaults to where this script came from),
 * api-key="…" (when the service requires X-Api-Key). Events: "reportparser:rendered" after each draw.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var defaultService = script && script.src ? new URL('.', script.src).href : new URL('/', window.location.href).href;

  function ensureStylesheet(service) {
    var href = new URL('reportparser-view.css', service).href;
    if (!document.querySelector('link[data-reportparser-view]')) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.setAttribute('data-reportparser-view', '');
      document.head.appendChild(link);
    }
  }

  function wire(root) {
    root.querySelectorAll('.finding').forEach(function (item) {
      function show() {
        var scope = item.closest('.report') || root;
        scope.querySelectorAll('td.focus').forEach(function (td) { td.classList.remove('focus'); });
        scope.querySelectorAll('.finding.active').forEach(function (li) { li.classList.remove('active'); });
        item.classList.add('active');
        var first = null;
        (item.getAttribute('data-cells') || '').split(' ').forEach(function (key) {
          if (!key) { return; }
          scope.querySelectorAll('td[data-key="' + key.replace(/"/g, '\\"') + '"]').forEach(function (td) {
            td.classList.add('focus');
            first = first || td;
          });
        });
        if (first && first.scrollIntoView) { first.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
      }
      item.addEventListener('click', show);
      item.addEventListener('keydown', function (e) { if (e.key === 'Enter') { show(); } });
    });
  }

  class ReportParserView extends HTMLElement {
    static get observedAttributes() { return ['lang']; }

    get result() { return this._result; }

    set result(value) {
      this._result = value;
      this.render();
    }

    connectedCallback() {
      ensureStylesheet(this.service());
    }

    attributeChangedCallback() {
      if (this._result) { this.render(); }
    }

    service() { return this.getAttribute('service') || defaultService; }

    render() {
      var self = this;
      var lang = this.getAttribute('lang') === 'en' ? 'en' : 'zh';
      var headers = { 'Content-Type': 'application/json' };
      if (this.getAttribute('api-key')) { headers['X-Api-Key'] = this.getAttribute('api-key'); }
      var body = typeof this._result === 'string' ? this._result : JSON.stringify(this._result);
      return fetch(new URL('api/render?lang=' + lang, this.service()).href, { method: 'POST', headers: headers, body: body })
        .then(function (response) {
          if (!response.ok) { throw new Error('render failed: HTTP ' + response.status); }
          return response.text();
        })
        .then(function (html) {
          self.innerHTML = html;
          wire(self);
          self.dispatchEvent(new CustomEvent('reportparser:rendered', { bubbles: true }));
        })
        .catch(function (error) {
          self.textContent = String(error);
        });
    }
  }

  if (!customElements.get('reportparser-view')) {
    customElements.define('reportparser-view', ReportParserView);
  }
})();
