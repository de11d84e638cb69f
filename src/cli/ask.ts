console.log(JSON.stringify({a:1}))
