// English messages for device security; keys match ../ja/security.ts.
import type { security as source } from '../ja/security';

export const security: Record<keyof typeof source, string> = {
	'lock.title': 'Locked',
	'lock.intro': 'The screen of {name} is locked. Enter the password to continue.',
	'lock.keptDrafts': 'What you were typing is saved. Unlocking returns you to the same screen.',
	'lock.password': 'Password',
	'lock.submit': 'Unlock',
	'lock.working': 'Checking…',
	'lock.wrongPassword': 'The password is wrong. Check it and try again.',
	'lock.switchUser': 'Sign in as another user',
	'lock.switchUserHint': 'The data of {name} stays on this device, encrypted.',
	'lock.lockNow': 'Lock',
	'lock.lockNowLabel': 'Lock the screen now',
	'lock.locking': 'Saving what you typed and locking…',
	'lock.setting': 'Lock the screen after',
	'lock.settingHint': 'After this long without use, or with the app closed, the password is needed again. Applies to every user of this device.',
	'lock.minutes': '{count} min',
	'security.wipeWarning': '{count} more wrong attempts and the data of {name} on this device will be erased.',
	'security.wiped': 'The password was wrong {count} times in a row, so the data of {name} on this device has been erased. The next sign-in needs the network.',
	'security.disabled': 'The account of {name} is disabled on the server, so their data on this device has been erased.',
	'security.erased': 'The data of {name} has been erased from this device.',
	'security.dismiss': 'Close',
	'security.passwordChangedTitle': 'Your password has changed',
	'security.passwordChangedIntro': 'The password was changed on the server, so the data of {name} kept on this device does not open with the new one. Enter the previous password once and the data will open with the new password from now on.',
	'security.previousPassword': 'Previous password',
	'security.rewrap': 'Open my data',
	'security.wrongPreviousPassword': 'The previous password is wrong.',
	'security.startAfreshTitle': 'If you do not know the previous password',
	'security.startAfreshWarning': 'The data of {name} on this device is erased and fetched again from the server. Records and drafts not yet sent are lost.',
	'security.startAfresh': 'Erase the data on this device and start again'
};
