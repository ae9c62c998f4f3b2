// The inspector's "Try a sample token": a token the engine builds, just now, from the same public
// sample credentials and starting values as the playground. Loaded only when the reader asks for
// it, so the inspector page does not ship the builders.
import {buildFromForm} from '../TokenPlayground/formToParams';
import {initialForm, sampleCredentials} from '../TokenPlayground/form';

export type SampleToken = {token: string; certificate: string; appId: string; channel: string; uid: string};

export function buildSampleToken(): SampleToken {
  const form = {...initialForm, ...sampleCredentials};
  const built = buildFromForm(form);
  if (!built.ok) throw new Error(`The sample values no longer build a token: ${JSON.stringify(built.errors)}`);
  return {token: built.token, certificate: form.certificate, appId: form.appId, channel: form.channel, uid: form.uid};
}
