"""`npm run test:a11y-tree`: the platform accessibility tree tests (test_a11y_tree.py), the
spoken-output spec (test_spoken.py), in Chromium, Firefox ESR and WebKitGTK, and what Orca says
(test_orca.py), on one X server and D-Bus session that this run starts and stops."""
import sys
import unittest

import test_a11y_tree
import test_orca
import test_spoken
from engines import DESKTOP

if __name__ == '__main__':
    suite = unittest.TestSuite(unittest.defaultTestLoader.loadTestsFromModule(module) for module in (test_a11y_tree, test_spoken, test_orca))
    with DESKTOP:
        result = unittest.TextTestRunner(verbosity=2).run(suite)
    sys.exit(not result.wasSuccessful())
