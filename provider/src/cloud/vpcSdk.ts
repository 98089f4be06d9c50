// The one module that imports @alicloud/vpc20160428: the side-effect import below must run before the SDK
// loads, so its model index stays lazy (sdkModelIndex.ts). Everything else in cloud/ imports the SDK from here.

import './sdkModelIndex';
// eslint-disable-next-line no-restricted-imports -- the one place allowed to load the SDK
import VpcClient, * as $Vpc from '@alicloud/vpc20160428';

export { VpcClient, $Vpc };
