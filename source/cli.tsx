console.log('yuelan');
