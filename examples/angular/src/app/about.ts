import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-about',
  imports: [RouterLink],
  template: `
    <h1>About</h1>
    <p><a id="to-home" routerLink="/">Back to the questions</a></p>
  `,
})
export class About {}
